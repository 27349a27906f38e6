result:solve["()(()"]; show result;
