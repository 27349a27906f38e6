result:solve[(1 4;3 6;2 8)]; show result;
