result:solve[enlist enlist 0]; show result;
