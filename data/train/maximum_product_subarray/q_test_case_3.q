result:solve[enlist -3]; show result;
