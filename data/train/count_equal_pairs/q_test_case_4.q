result:solve[enlist 6]; show result;
