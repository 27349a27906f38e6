result:solve[3 5 7;0]; show result;
