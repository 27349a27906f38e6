result:solve[(0 30;5 10;15 20)]; show result;
