result:solve[3 30 34 5 9]; show result;
