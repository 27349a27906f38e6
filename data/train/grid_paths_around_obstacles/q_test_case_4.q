result:solve[enlist 0 0 0 0]; show result;
