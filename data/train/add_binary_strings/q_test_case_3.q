result:solve[enlist "0";enlist "0"]; show result;
