result:solve["1010";"1011"]; show result;
