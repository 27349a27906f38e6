result:solve[1 3 5]; show result;
