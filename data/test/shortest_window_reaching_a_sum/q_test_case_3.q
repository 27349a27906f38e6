result:solve[11;1 1 1 1 1 1 1 1]; show result;
