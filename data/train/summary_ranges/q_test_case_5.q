result:solve[1 3]; show result;
