result:solve[-3 0 0 9;-3 0 9 9]; show result;
