result:solve[-5 3 6;1 2 7 9]; show result;
