result:solve["aa"]; show result;
