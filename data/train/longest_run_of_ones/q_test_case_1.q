result:solve[110111b]; show result;
