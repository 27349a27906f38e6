result:solve["()()"]; show result;
