result:solve[enlist 1 2 3;(1 1;1 1;1 1)]; show result;
