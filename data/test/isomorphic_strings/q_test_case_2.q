result:solve["foo";"bar"]; show result;
