result:solve[(1 2;1 4;3 4)]; show result;
