result:solve[2 -2 4 -4;0]; show result;
