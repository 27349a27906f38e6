result:solve[enlist 5;10]; show result;
