result:solve["one"]; show result;
