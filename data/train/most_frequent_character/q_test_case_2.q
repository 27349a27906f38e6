result:solve["abcabcb"]; show result;
