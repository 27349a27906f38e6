result:solve[(3 2 7;3 7 9;8 3 9);11]; show result;
