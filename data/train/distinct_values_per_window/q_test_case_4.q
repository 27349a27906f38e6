result:solve[enlist 7;1]; show result;
