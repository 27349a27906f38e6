result:solve["226"]; show result;
