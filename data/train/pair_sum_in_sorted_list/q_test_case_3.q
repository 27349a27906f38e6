result:solve[`long$();0]; show result;
