result:solve[2 0 3]; show result;
