result:solve[`long$();1 2]; show result;
