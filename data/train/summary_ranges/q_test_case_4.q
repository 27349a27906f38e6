result:solve[-3 -2 -1]; show result;
