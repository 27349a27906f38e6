result:solve["AABABBA";1]; show result;
