result:solve["paper";"title"]; show result;
