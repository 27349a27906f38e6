result:solve[1 2;enlist 3]; show result;
