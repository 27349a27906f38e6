result:solve[enlist 1 4;0]; show result;
