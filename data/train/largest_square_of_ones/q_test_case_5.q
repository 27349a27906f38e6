result:solve[enlist 1 1 0 1]; show result;
