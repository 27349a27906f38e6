result:solve["ol";"hello"]; show result;
