result:solve[(2 0;0 2;1 1);(3 1;4 2)]; show result;
