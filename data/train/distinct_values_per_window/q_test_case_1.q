result:solve[1 2 1 3 4 2 3;4]; show result;
