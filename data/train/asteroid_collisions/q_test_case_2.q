result:solve[8 -8]; show result;
