result:solve["((("]; show result;
