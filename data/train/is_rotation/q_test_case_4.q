result:solve[enlist "a";enlist "a"]; show result;
