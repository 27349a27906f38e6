result:solve[`k`q`kdb`q]; show result;
