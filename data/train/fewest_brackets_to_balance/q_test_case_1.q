result:solve["())"]; show result;
