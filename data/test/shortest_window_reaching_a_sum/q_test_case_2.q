result:solve[4;1 4 4]; show result;
