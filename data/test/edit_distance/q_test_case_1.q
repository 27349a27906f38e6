result:solve["horse";"ros"]; show result;
