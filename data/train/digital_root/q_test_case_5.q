result:solve[99999999999]; show result;
