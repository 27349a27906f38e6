result:solve["(1+(4+5+2)-3)+(6+8)"]; show result;
