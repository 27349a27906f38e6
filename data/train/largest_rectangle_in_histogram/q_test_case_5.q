result:solve[3 3 3 3]; show result;
