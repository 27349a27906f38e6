result:solve[enlist 4]; show result;
