result:solve[9 8 8 9]; show result;
