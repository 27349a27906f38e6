result:solve["ab##";"c#d#"]; show result;
