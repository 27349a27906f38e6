result:solve[(-5 5;-1 1);-2]; show result;
