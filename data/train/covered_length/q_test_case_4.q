result:solve[(1 10;2 3;4 5)]; show result;
