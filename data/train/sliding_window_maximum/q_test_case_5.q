result:solve[-5 -1 -3;2]; show result;
