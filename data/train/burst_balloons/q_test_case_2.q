result:solve[1 5]; show result;
