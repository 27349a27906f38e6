result:solve["11";enlist "1"]; show result;
