result:solve[(1 3;2 6;8 9;7 8)]; show result;
