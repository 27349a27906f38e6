result:solve[4 6]; show result;
