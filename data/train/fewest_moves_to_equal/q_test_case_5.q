result:solve[1 0 0 8 6]; show result;
