result:solve[40 10 20 30]; show result;
