result:solve[-1 -2 -3 -4 3 2 1]; show result;
