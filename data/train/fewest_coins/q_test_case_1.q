result:solve[1 2 5;11]; show result;
