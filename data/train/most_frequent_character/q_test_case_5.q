result:solve["mississippi"]; show result;
