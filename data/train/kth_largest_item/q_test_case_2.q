result:solve[3 2 3 1 2 4 5 5 6;4]; show result;
