result:solve["abababa";"aba"]; show result;
