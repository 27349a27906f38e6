result:solve[1000000000000 1000000000000 -5]; show result;
