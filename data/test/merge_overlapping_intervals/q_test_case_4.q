result:solve[(6 8;1 9;2 4)]; show result;
