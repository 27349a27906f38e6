result:solve[(5 0 4;6 4 8);5]; show result;
