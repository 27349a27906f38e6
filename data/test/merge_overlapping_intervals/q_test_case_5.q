result:solve[(1 2;3 4;0 1)]; show result;
