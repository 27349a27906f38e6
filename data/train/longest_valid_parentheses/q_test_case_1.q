result:solve["(()"]; show result;
