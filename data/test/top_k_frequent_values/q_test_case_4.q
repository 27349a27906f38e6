result:solve[9 8 7 8 9;1]; show result;
