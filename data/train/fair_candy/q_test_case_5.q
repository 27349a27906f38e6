result:solve[1 3 4 5 2]; show result;
