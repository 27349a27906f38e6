result:solve[100 100 100]; show result;
