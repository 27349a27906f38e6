result:solve[4 9 5;9 4 9 8 4]; show result;
