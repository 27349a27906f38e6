result:solve[enlist "lonely"]; show result;
