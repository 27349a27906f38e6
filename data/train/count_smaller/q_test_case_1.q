result:solve[8 1 2 2 3]; show result;
