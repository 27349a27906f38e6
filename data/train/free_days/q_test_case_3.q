result:solve[6;enlist 1 6]; show result;
