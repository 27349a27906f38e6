result:solve[73 74 75 71 69 72 76 73]; show result;
