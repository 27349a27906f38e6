result:solve[-1 0 -5 3]; show result;
