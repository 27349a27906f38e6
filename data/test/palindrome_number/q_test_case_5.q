result:solve[1234321]; show result;
