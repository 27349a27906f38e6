result:solve["9999"]; show result;
