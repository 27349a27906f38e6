result:solve[(10 12;11 15;20 25;30 31)]; show result;
