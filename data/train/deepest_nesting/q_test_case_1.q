result:solve["(1+(2*3)+((8)/4))+1"]; show result;
