result:solve["abc";""]; show result;
