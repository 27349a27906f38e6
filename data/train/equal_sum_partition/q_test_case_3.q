result:solve[enlist 2]; show result;
