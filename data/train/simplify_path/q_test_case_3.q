result:solve["/home//foo/"]; show result;
