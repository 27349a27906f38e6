result:solve["aa";enlist "a"]; show result;
