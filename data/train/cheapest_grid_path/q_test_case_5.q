result:solve[(0 0 9;9 0 0)]; show result;
