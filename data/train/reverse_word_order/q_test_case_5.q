result:solve["one two three four"]; show result;
