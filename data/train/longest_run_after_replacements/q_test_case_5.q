result:solve["ABCDE";1]; show result;
