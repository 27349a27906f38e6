result:solve[186 419 83 408;6249]; show result;
