result:solve[8;enlist 7 12]; show result;
