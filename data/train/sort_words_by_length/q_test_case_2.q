result:solve[("same";"size";"four")]; show result;
