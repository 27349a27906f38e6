result:solve[-2;3;4;-5]; show result;
