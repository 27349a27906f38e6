result:solve[10 10 9 9]; show result;
