result:solve["aaabcc"]; show result;
