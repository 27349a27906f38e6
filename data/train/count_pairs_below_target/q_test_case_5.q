result:solve[2 2;5]; show result;
