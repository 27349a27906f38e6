result:solve[10;(5 7;1 3;9 10)]; show result;
