result:solve["ZY"]; show result;
