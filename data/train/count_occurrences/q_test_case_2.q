result:solve["hello";enlist "l"]; show result;
