result:solve[1 10 2 9]; show result;
