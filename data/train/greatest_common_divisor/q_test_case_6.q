result:solve[1000000000000;250000]; show result;
