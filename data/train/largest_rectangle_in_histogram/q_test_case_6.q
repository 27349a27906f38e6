result:solve[6 2 5 4 5 1 6]; show result;
