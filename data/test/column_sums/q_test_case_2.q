result:solve[enlist enlist 7]; show result;
