result:solve[5;(2 4;1 3)]; show result;
