result:solve[enlist "a";"aa"]; show result;
