result:solve["/x/../y/./z"]; show result;
