result:solve[("ab";"ba";"abc")]; show result;
