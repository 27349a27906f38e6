result:solve[1 2 3;7]; show result;
