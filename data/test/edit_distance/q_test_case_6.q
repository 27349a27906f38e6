result:solve[enlist "a";enlist "b"]; show result;
