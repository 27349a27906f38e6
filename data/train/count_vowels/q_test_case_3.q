result:solve[""]; show result;
