result:solve["aaaa";"aa"]; show result;
