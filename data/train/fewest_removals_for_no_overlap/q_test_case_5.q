result:solve[(1 100;11 22;1 11;2 12)]; show result;
