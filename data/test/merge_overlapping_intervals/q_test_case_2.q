result:solve[(1 4;4 5)]; show result;
