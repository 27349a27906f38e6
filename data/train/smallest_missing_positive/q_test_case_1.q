result:solve[1 2 0]; show result;
