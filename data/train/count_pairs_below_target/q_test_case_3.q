result:solve[`long$();5]; show result;
