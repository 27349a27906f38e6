result:solve[6 2 6 5 1 2]; show result;
