result:solve["Hello, world!";13]; show result;
