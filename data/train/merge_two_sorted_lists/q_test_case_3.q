result:solve[`long$();enlist 0]; show result;
