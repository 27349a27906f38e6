result:solve["06"]; show result;
