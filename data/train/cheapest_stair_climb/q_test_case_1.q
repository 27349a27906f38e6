result:solve[10 15 20]; show result;
