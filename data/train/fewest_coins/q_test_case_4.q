result:solve[3 7;26]; show result;
