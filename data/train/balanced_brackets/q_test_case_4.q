result:solve["([)]"]; show result;
