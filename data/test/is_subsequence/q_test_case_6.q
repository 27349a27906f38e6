result:solve["ace";"ace"]; show result;
