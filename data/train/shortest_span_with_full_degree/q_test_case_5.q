result:solve[5 1 5 1 5]; show result;
