result:solve[9 8 7;3]; show result;
