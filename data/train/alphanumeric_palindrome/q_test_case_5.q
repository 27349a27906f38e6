result:solve["No 'x' in Nixon"]; show result;
