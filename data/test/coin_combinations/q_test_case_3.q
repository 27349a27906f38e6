result:solve[enlist 10;10]; show result;
