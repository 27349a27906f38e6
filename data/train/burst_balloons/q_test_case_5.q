result:solve[2 2 2]; show result;
