result:solve["babad"]; show result;
