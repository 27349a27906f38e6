result:solve[`b`a`b`c]; show result;
