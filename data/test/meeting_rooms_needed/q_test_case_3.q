result:solve[enlist 1 5]; show result;
