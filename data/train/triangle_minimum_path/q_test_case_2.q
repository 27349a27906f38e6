result:solve[enlist enlist -10]; show result;
