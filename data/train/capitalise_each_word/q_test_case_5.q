result:solve["already Capital"]; show result;
