result:solve["ab";"aa"]; show result;
