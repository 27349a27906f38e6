result:solve[1 3 5 4 7]; show result;
