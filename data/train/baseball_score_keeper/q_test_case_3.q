result:solve[(enlist "1";enlist "C")]; show result;
