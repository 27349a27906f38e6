result:solve[0 0 7]; show result;
