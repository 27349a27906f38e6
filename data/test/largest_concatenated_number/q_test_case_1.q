result:solve[10 2]; show result;
