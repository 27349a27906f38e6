result:solve[0 3 7 2 5 8 4 6 0 1]; show result;
