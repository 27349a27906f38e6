result:solve[enlist 100]; show result;
