result:solve[100 4 200 1 3 2]; show result;
