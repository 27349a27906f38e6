result:solve["waterbottle";"erbottlewat"]; show result;
