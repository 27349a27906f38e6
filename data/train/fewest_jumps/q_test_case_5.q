result:solve[10 0 0 0]; show result;
