result:solve[7 7 7 7]; show result;
