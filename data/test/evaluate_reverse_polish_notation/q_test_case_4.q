result:solve[enlist "42"]; show result;
