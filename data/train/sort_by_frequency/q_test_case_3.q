result:solve[-1 1 -6 4 5 -6 1 4 1]; show result;
