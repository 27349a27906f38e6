result:solve["pwwkew"]; show result;
