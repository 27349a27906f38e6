result:solve[(4 3 2 -1;3 2 1 -1;1 1 -1 -2;-1 -1 -2 -3)]; show result;
