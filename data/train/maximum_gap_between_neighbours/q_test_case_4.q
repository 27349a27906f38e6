result:solve[1 10000000]; show result;
