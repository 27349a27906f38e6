result:solve[1 2 4;1 3 4]; show result;
