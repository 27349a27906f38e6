result:solve[2147483647]; show result;
