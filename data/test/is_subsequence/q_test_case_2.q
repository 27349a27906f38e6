result:solve["axc";"ahbgdc"]; show result;
