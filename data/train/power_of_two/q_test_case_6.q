result:solve[1099511627776]; show result;
