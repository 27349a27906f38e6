result:solve["abcabd"]; show result;
