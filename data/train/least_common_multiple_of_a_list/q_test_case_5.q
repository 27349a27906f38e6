result:solve[13 17 19]; show result;
