result:solve[45]; show result;
