result:solve["ab2a"]; show result;
