result:solve["(()(()))"]; show result;
