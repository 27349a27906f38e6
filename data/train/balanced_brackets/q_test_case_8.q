result:solve[enlist ")"]; show result;
