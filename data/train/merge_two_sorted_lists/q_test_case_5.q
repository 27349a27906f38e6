result:solve[enlist 2;enlist 1]; show result;
