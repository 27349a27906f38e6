result:solve["3[a]2[bc]"]; show result;
