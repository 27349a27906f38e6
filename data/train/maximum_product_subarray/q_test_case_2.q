result:solve[-2 0 -1]; show result;
