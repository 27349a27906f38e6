result:solve[4 3 2 1]; show result;
