result:solve[100;enlist 100]; show result;
