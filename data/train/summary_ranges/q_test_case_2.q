result:solve[0 2 3 4 6 8 9]; show result;
