result:solve[-3 -8]; show result;
