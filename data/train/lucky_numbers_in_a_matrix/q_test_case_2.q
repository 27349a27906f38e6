result:solve[(1 10 4 2;9 3 8 7;15 16 17 12)]; show result;
