result:solve[1 2 0 7 2 0 2 2]; show result;
