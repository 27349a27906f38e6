result:solve["abc";"acb"]; show result;
