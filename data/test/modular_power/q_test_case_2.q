result:solve[3;0;7]; show result;
