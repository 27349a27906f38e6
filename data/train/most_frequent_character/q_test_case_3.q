result:solve[enlist "z"]; show result;
