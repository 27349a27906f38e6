result:solve[(1 4;2 3;5 6);3]; show result;
