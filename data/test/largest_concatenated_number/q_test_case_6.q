result:solve[8 89 898]; show result;
