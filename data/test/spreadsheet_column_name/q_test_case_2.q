result:solve[28]; show result;
