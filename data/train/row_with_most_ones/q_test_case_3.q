result:solve[(0 0;1 1;1 1)]; show result;
