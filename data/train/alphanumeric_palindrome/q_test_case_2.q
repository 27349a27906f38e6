result:solve["race a car"]; show result;
