result:solve[(enlist "x";enlist "y";enlist "x")]; show result;
