result:solve[3 1 2 4]; show result;
