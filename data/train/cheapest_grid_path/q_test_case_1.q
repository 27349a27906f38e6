result:solve[(1 3 1;1 5 1;4 2 1)]; show result;
