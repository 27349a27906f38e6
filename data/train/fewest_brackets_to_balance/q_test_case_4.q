result:solve["()))(("]; show result;
