result:solve[enlist 1 2 3 4 5 6;3;2]; show result;
