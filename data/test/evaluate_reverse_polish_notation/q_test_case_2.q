result:solve[(enlist "4";"13";enlist "5";enlist "/";enlist "+")]; show result;
