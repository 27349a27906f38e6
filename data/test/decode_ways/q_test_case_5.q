result:solve["11106"]; show result;
