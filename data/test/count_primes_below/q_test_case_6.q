result:solve[10000]; show result;
