result:solve[4 4 5 5 6;3]; show result;
