result:solve["aa";"aab"]; show result;
