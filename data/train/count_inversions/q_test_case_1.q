result:solve[2 4 1 3 5]; show result;
