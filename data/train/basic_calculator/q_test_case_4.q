result:solve["10 - (2 - (3 - 4))"]; show result;
