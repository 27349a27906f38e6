result:solve["aa";"ab"]; show result;
