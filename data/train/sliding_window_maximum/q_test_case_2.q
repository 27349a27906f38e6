result:solve[enlist 1;1]; show result;
