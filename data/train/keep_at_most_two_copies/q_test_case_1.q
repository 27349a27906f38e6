result:solve[1 1 1 2 2 3]; show result;
