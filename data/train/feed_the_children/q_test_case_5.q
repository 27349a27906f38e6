result:solve[10 9 8 7;5 6 7 8]; show result;
