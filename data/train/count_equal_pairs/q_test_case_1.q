result:solve[1 2 3 1 1 3]; show result;
