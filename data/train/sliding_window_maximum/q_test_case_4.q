result:solve[4 2;1]; show result;
