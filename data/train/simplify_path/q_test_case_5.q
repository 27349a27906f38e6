result:solve["/a/b/c"]; show result;
