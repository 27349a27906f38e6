result:solve[0 7 7 9 9]; show result;
