result:solve[4 2 1 3]; show result;
