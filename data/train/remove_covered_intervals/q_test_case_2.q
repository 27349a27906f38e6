result:solve[(1 4;2 3)]; show result;
