result:solve[1 100 1 1 1 100 1 1 100 1]; show result;
