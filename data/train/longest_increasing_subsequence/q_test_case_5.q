result:solve[-2 -1]; show result;
