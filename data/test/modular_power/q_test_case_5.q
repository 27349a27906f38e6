result:solve[5;3;1]; show result;
