result:solve[(0 1 2 0;3 4 5 2;1 3 1 5)]; show result;
