result:solve[-2 1 -3 4 -1 2 1 -5 4]; show result;
