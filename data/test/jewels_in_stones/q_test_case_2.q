result:solve[enlist "z";"ZZ"]; show result;
