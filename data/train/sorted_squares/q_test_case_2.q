result:solve[-7 -3 2 3 11]; show result;
