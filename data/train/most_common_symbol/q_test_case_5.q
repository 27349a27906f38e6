result:solve[`q`k`q`k`a]; show result;
