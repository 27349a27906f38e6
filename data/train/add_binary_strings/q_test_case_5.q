result:solve["111111";enlist "1"]; show result;
