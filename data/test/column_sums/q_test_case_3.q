result:solve[(1 -1;-1 1;5 5)]; show result;
