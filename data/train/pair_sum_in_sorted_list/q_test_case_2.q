result:solve[1 2 4;9]; show result;
