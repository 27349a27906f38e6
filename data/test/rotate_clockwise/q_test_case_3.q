result:solve[(10 11 12 13;14 15 16 17;18 19 20 21;22 23 24 25)]; show result;
