result:solve[(1 2 3 4;5 1 2 3;9 5 1 2)]; show result;
