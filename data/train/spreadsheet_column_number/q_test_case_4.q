result:solve["FXSHRXW"]; show result;
