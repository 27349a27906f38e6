result:solve[1 4 3 2]; show result;
