result:solve[0 1 0 3 12]; show result;
