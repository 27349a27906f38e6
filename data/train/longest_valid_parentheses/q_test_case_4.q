result:solve["()(())"]; show result;
