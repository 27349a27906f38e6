result:solve[2 1 5 6 2 3]; show result;
