result:solve["bbbbb"]; show result;
