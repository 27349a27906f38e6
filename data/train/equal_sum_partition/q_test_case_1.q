result:solve[1 5 11 5]; show result;
