result:solve[-3 0 1 -3 1 1 1 -3 10 0]; show result;
