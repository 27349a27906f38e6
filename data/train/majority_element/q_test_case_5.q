result:solve[0 1 0 1 0]; show result;
