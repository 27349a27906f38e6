result:solve[enlist enlist 4;4]; show result;
