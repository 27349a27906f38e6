result:solve[1 2 4 7 11;15]; show result;
