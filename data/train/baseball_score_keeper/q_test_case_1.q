result:solve[(enlist "5";enlist "2";enlist "C";enlist "D";enlist "+")]; show result;
