result:solve[3 0 6 1 5]; show result;
