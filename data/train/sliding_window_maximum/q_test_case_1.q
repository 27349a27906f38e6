result:solve[1 3 -1 -3 5 3 6 7;3]; show result;
