result:solve[(1 2;2 3;3 4;1 3)]; show result;
