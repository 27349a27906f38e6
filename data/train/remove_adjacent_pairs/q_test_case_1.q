result:solve["abbaca"]; show result;
