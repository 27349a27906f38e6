result:solve[(enlist 1;enlist 2)]; show result;
