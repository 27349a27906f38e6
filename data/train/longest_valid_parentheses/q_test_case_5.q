result:solve["(((("]; show result;
