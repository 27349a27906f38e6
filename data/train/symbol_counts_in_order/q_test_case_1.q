result:solve[`a`b`a`c`a]; show result;
