result:solve[1 2 3 -5 -4 -3 -2]; show result;
