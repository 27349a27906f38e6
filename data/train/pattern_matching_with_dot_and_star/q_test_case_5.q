result:solve["mississippi";"mis*is*p*."]; show result;
