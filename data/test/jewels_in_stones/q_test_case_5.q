result:solve["xy";"xyxyz"]; show result;
