result:solve[enlist 5;`long$()]; show result;
