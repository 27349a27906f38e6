result:solve["forgeeksskeegfor"]; show result;
