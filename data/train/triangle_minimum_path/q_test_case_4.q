result:solve[(enlist 5;-1 9;3 2 -8)]; show result;
