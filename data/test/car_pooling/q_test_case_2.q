result:solve[(2 1 5;3 3 7);5]; show result;
