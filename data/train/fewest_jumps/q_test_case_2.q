result:solve[2 3 0 1 4]; show result;
