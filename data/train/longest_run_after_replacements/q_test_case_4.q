result:solve[enlist "Z";0]; show result;
