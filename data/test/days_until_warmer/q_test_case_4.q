result:solve[enlist 50]; show result;
