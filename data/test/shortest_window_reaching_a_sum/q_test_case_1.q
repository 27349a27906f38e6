result:solve[7;2 3 1 2 4 3]; show result;
