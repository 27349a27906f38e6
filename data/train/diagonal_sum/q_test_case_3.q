result:solve[enlist enlist 5]; show result;
