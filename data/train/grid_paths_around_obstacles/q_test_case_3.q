result:solve[enlist enlist 1]; show result;
