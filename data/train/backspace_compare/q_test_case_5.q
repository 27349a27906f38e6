result:solve["a##b";enlist "b"]; show result;
