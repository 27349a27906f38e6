result:solve[30 40 50 60]; show result;
