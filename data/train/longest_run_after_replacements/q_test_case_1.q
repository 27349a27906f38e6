result:solve["ABAB";2]; show result;
