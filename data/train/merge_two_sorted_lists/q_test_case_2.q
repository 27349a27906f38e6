result:solve[`long$();`long$()]; show result;
