result:solve[6 5 4 8]; show result;
