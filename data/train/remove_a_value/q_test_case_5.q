result:solve[4 5;6]; show result;
