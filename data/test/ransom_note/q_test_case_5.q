result:solve["abc";"cbaz"]; show result;
