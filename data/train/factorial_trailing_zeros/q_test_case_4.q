result:solve[25]; show result;
