result:solve["ab";"abc"]; show result;
