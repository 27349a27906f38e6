result:solve["abc";"def"]; show result;
