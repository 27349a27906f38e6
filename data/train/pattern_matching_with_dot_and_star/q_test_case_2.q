result:solve["aa";"a*"]; show result;
