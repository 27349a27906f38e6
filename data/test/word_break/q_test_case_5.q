result:solve["aaa";enlist enlist "a"]; show result;
