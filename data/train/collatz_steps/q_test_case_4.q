result:solve[27]; show result;
