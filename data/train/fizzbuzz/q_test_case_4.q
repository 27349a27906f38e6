result:solve[15]; show result;
