result:solve[2 2 1]; show result;
