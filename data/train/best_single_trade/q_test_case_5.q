result:solve[2 4 1 10]; show result;
