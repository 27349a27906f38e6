result:solve[-1 -1 2 2 3 3 3;2]; show result;
