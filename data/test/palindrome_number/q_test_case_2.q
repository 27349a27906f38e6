result:solve[-121]; show result;
