result:solve[12;18]; show result;
