result:solve[(1 2;3 4);2;4]; show result;
