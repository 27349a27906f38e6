result:solve[(enlist 2;3 4;6 5 7;4 1 8 3)]; show result;
