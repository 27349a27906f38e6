result:solve[enlist 3;6]; show result;
