result:solve[-6 2 5 -2 -7 -1 3;-2]; show result;
