result:solve[37 12 28 9 100 56 80 5 12]; show result;
