result:solve[3 8 -10 23 19 -4 -14 27]; show result;
