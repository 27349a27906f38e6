result:solve[`long$();enlist 4]; show result;
