result:solve[(3 6;7 1;5 2)]; show result;
