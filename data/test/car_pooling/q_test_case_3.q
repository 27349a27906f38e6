result:solve[enlist 1 0 1;1]; show result;
