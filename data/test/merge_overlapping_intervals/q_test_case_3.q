result:solve[enlist 5 7]; show result;
