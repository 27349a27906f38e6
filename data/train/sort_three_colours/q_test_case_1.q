result:solve[2 0 2 1 1 0]; show result;
