result:solve[")()())"]; show result;
