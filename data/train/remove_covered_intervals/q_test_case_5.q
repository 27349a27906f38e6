result:solve[(3 10;4 10;5 11)]; show result;
