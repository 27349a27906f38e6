result:solve["/home/"]; show result;
