result:solve[(enlist "7";"-2";enlist "/")]; show result;
