result:solve[enlist 9;4]; show result;
