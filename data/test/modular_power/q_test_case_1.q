result:solve[2;10;1000]; show result;
