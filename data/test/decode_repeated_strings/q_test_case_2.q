result:solve["3[a2[c]]"]; show result;
