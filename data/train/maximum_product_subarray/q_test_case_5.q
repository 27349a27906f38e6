result:solve[0 2]; show result;
