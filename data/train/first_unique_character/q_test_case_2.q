result:solve["loveleetcode"]; show result;
