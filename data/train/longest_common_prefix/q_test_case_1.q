result:solve[("flower";"flow";"flight")]; show result;
