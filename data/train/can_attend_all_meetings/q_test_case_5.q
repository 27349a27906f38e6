result:solve[(5 8;1 6)]; show result;
