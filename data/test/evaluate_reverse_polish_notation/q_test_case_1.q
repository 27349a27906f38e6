result:solve[(enlist "2";enlist "1";enlist "+";enlist "3";enlist "*")]; show result;
