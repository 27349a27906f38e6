result:solve[`b`b]; show result;
