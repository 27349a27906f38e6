result:solve[-3 -2 7 8]; show result;
