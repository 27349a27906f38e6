result:solve["";enlist enlist "a"]; show result;
