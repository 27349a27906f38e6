result:solve[(1 10;2 9;3 8;4 7)]; show result;
