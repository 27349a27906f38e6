result:solve[3;enlist 2 2]; show result;
