result:solve[1 2 2]; show result;
