result:solve[26]; show result;
