result:solve[("eat";"tea";"tan";"ate";"nat";"bat")]; show result;
