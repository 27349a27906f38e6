result:solve[7 10 4 3 20 15;3]; show result;
