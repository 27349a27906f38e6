result:solve[0 1]; show result;
