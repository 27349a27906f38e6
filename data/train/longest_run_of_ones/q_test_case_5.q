result:solve[1111111b]; show result;
