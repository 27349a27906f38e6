result:solve[(3 2;1 0)]; show result;
