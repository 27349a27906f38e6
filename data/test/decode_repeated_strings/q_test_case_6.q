result:solve["10[z]"]; show result;
