result:solve["42"]; show result;
