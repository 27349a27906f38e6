result:solve[`symbol$()]; show result;
