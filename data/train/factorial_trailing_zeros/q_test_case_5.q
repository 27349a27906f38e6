result:solve[1000000]; show result;
