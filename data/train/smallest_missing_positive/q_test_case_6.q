result:solve[2 1 3 5]; show result;
