result:solve[4 3 2 1 4]; show result;
