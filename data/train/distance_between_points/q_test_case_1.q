result:solve[0;0;3;4]; show result;
