result:solve[153]; show result;
