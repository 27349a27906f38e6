result:solve[0;5;13]; show result;
