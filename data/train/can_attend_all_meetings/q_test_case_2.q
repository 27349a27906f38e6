result:solve[(7 10;2 4)]; show result;
