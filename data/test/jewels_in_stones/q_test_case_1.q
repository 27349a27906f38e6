result:solve["aA";"aAAbbbb"]; show result;
