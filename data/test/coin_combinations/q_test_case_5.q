result:solve[1 5 10 25;100]; show result;
