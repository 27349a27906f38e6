result:solve[701]; show result;
