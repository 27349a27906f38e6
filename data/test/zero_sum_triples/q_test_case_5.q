result:solve[-2 0 1 1 2]; show result;
