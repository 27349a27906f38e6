result:solve[17;5]; show result;
