result:solve["2[abc]3[cd]ef"]; show result;
