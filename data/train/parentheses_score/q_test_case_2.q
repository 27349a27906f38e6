result:solve["(())"]; show result;
