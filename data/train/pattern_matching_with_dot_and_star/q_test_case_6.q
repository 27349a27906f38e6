result:solve["";"a*b*"]; show result;
