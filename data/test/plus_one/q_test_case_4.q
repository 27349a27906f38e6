result:solve[enlist 9]; show result;
