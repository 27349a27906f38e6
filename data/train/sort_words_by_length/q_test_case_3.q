result:solve[(enlist "a";"bb";enlist "c")]; show result;
