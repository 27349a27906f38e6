result:solve[3 2 2 3;3]; show result;
