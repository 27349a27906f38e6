result:solve[(3 4;5 3)]; show result;
