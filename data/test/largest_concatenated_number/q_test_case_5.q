result:solve[121 12]; show result;
