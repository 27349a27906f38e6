result:solve["cba";"abcd"]; show result;
