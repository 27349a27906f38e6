result:solve["abc";"abcd"]; show result;
