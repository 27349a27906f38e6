result:solve["AbEcI"]; show result;
