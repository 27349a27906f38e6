result:solve[3 4 -1 1]; show result;
