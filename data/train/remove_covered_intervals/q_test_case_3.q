result:solve[enlist 0 10]; show result;
