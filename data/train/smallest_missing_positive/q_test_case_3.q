result:solve[7 8 9 11 12]; show result;
