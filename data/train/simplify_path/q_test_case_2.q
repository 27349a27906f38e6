result:solve["/../"]; show result;
