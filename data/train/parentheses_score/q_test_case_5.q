result:solve["((()))()"]; show result;
