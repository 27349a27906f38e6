result:solve["  leading and trailing  "]; show result;
