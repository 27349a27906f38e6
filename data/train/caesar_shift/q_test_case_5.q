result:solve["zebra";53]; show result;
