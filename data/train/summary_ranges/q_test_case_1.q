result:solve[0 1 2 4 5 7]; show result;
