result:solve[("dog";"racecar";"car")]; show result;
