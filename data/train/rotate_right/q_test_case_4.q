result:solve[`long$();3]; show result;
