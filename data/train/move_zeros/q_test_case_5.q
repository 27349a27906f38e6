result:solve[0 0 -1 0 2]; show result;
