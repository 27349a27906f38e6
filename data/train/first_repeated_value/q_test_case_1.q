result:solve[2 5 1 2 3 5 1]; show result;
