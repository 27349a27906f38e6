result:solve[4 1 3 2]; show result;
