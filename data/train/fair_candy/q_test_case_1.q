result:solve[1 0 2]; show result;
