result:solve[0 0 1 1 1 1 2 3 3]; show result;
