result:solve[1 2 2 3 1 4 2]; show result;
