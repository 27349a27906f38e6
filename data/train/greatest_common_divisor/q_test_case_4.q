result:solve[9;0]; show result;
