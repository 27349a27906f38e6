result:solve[(1 0;0 1);(4 3;2 1)]; show result;
