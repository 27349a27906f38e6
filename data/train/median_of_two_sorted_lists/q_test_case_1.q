result:solve[1 3;enlist 2]; show result;
