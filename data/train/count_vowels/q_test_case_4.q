result:solve["AEIOUaeiou"]; show result;
