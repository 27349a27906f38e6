result:solve["(7)-(0)"]; show result;
