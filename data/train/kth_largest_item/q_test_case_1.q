result:solve[3 2 1 5 6 4;2]; show result;
