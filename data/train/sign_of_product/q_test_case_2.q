result:solve[1 5 0 2 -3]; show result;
