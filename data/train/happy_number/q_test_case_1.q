result:solve[19]; show result;
