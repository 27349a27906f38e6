result:solve[(1 3;2 5;7 8)]; show result;
