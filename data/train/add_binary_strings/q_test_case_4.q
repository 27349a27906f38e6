result:solve[enlist "1";enlist "0"]; show result;
