result:solve[()]; show result;
