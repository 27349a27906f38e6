result:solve["no digits"]; show result;
