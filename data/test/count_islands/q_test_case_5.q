result:solve[(1 0;0 1)]; show result;
