result:solve[1 2 2 1 1 3]; show result;
