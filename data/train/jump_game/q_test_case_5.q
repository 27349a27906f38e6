result:solve[5 0 0 0 0 0]; show result;
