result:solve[2 3 1 1 4]; show result;
