result:solve["2024-01-31"]; show result;
