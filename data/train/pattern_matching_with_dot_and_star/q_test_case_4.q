result:solve["aab";"c*a*b"]; show result;
