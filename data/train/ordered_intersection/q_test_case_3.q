result:solve[`long$();enlist 1]; show result;
