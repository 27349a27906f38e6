result:solve[(7 8;9 1)]; show result;
