result:solve[enlist -1 -2;2]; show result;
