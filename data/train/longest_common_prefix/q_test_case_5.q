result:solve[("ab";enlist "a";"abc")]; show result;
