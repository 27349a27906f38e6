result:solve[-2 3 -4]; show result;
