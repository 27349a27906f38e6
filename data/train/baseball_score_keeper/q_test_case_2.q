result:solve[(enlist "5";"-2";enlist "4";enlist "C";enlist "D";enlist "9";enlist "+";enlist "+")]; show result;
