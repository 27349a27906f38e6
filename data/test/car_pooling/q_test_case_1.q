result:solve[(2 1 5;3 3 7);4]; show result;
