result:solve["abcde";"ace"]; show result;
