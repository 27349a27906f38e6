result:solve[8128]; show result;
