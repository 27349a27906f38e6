result:solve[4 1 2]; show result;
