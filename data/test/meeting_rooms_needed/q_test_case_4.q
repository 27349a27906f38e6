result:solve[(1 5;5 9)]; show result;
