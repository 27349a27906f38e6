result:solve[120]; show result;
