result:solve[(1 3 5;10 11 16);3]; show result;
