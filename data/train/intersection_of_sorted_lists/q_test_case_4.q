result:solve[5 6;7 8]; show result;
