result:solve[1 2 3 5]; show result;
