result:solve[1 3 4 2]; show result;
