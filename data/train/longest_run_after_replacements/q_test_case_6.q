result:solve["AAAA";0]; show result;
