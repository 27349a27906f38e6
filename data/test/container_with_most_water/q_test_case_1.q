result:solve[1 8 6 2 5 4 8 3 7]; show result;
