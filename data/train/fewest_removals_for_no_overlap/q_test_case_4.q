result:solve[enlist 4 9]; show result;
