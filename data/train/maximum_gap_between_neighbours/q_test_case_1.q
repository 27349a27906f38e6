result:solve[3 6 9 1]; show result;
