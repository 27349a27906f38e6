result:solve[2 2 3 1]; show result;
