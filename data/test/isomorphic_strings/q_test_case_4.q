result:solve["";""]; show result;
