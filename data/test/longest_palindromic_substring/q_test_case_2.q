result:solve["cbbd"]; show result;
