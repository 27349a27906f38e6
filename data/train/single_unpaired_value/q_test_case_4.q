result:solve[-5 3 3]; show result;
