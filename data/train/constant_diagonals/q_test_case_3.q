result:solve[enlist 7 8 9]; show result;
