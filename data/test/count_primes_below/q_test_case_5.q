result:solve[100]; show result;
