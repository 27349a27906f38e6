result:solve[30 60 90]; show result;
