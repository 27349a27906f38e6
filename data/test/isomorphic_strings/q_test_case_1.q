result:solve["egg";"add"]; show result;
