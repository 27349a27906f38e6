result:solve[0;9]; show result;
