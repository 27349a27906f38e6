result:solve["A man, a plan, a canal: Panama"]; show result;
