result:solve["bsbininm";"jmjkbkjkv"]; show result;
