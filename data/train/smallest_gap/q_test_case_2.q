result:solve[1 3 6 10 15]; show result;
