result:solve[-5 -3 -4 10]; show result;
