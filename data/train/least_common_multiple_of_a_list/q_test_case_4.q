result:solve[12 18 30]; show result;
