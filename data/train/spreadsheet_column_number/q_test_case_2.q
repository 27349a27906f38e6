result:solve["AB"]; show result;
