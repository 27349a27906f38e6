result:solve[enlist "Z"]; show result;
