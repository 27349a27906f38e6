result:solve[3 1 5 8]; show result;
