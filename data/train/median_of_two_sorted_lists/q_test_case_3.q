result:solve[`long$();enlist 5]; show result;
