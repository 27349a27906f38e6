result:solve[-5 10]; show result;
