result:solve[4 4 5 5]; show result;
