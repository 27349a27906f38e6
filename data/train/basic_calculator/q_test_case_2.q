result:solve[" 2-1 + 2 "]; show result;
