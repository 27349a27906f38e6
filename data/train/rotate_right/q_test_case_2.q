result:solve[1 2 3;0]; show result;
