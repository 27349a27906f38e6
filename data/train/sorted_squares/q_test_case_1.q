result:solve[-4 -1 0 3 10]; show result;
