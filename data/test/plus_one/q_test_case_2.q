result:solve[9 9 9]; show result;
