result:solve[-2 -1 10]; show result;
