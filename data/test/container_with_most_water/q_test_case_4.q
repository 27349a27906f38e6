result:solve[1 2 1]; show result;
