result:solve["()"]; show result;
