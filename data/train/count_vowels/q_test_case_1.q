result:solve["Hello World"]; show result;
