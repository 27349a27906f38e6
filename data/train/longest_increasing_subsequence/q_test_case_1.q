result:solve[10 9 2 5 3 7 101 18]; show result;
