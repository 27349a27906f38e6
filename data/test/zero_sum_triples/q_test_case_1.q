result:solve[-1 0 1 2 -1 -4]; show result;
