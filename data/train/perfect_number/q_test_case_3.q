result:solve[12]; show result;
