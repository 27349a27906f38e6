result:solve[(3 7 8;9 11 13;15 16 17)]; show result;
