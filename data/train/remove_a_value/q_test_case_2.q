result:solve[0 1 2 2 3 0 4 2;2]; show result;
