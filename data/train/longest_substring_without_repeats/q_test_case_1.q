result:solve["abcabcbb"]; show result;
