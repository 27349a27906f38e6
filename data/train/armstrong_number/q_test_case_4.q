result:solve[9474]; show result;
