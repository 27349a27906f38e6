result:solve[1000000007]; show result;
