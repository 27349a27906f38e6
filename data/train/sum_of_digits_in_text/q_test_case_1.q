result:solve["a1b2c3"]; show result;
