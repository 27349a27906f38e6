result:solve[5 3]; show result;
