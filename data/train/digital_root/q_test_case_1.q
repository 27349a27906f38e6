result:solve[38]; show result;
