result:solve["(("]; show result;
