result:solve[1 3 1]; show result;
