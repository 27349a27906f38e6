result:solve[enlist 1 0 1 0 1]; show result;
