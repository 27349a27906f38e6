result:solve[1 5 7 -1 5;6]; show result;
