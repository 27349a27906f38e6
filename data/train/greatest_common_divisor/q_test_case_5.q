result:solve[1071;462]; show result;
