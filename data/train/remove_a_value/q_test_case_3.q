result:solve[`long$();1]; show result;
