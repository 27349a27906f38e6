result:solve["{[]}"]; show result;
