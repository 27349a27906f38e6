result:solve[enlist "A"]; show result;
