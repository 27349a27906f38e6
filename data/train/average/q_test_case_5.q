result:solve[1 2 4]; show result;
