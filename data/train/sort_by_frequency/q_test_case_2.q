result:solve[2 3 1 3 2]; show result;
