result:solve[2 2 0]; show result;
