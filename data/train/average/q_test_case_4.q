result:solve[-3 4 5]; show result;
