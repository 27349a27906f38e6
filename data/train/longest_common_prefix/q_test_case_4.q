result:solve[enlist "alone"]; show result;
