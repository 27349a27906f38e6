result:solve[(5 6;1 2)]; show result;
