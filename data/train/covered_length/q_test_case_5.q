result:solve[(-5 0;0 5)]; show result;
