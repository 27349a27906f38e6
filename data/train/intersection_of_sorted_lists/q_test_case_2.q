result:solve[1 1 1;enlist 1]; show result;
