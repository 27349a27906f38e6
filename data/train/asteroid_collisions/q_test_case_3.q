result:solve[10 2 -5]; show result;
