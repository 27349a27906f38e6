result:solve[5 10 -5]; show result;
