result:solve["ab#c";"ad#c"]; show result;
