result:solve["bcafg";"abcd"]; show result;
