result:solve[5;`long$()]; show result;
