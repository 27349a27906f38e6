result:solve[3 3 1]; show result;
