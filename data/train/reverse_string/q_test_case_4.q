result:solve["ab cd"]; show result;
