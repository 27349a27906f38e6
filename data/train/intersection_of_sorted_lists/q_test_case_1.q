result:solve[1 2 2 3;2 2 4]; show result;
