result:solve[`c`a`b`a]; show result;
