result:solve["(]"]; show result;
