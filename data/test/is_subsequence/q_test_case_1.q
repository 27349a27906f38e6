result:solve["abc";"ahbgdc"]; show result;
