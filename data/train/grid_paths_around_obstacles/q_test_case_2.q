result:solve[(0 1;0 0)]; show result;
