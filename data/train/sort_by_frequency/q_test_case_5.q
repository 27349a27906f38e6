result:solve[enlist 8]; show result;
