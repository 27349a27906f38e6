result:solve[(7 8;1 2)]; show result;
