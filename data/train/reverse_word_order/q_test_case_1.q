result:solve["the sky is blue"]; show result;
