result:solve["a#c";enlist "b"]; show result;
