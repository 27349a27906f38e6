result:solve[5 6;2]; show result;
