result:solve[1 1 2 100]; show result;
