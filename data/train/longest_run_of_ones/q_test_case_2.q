result:solve[00b]; show result;
