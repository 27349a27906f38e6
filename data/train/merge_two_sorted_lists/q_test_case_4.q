result:solve[-5 10;-6 11 12]; show result;
