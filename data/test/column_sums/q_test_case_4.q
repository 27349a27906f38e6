result:solve[enlist 10 20 30]; show result;
