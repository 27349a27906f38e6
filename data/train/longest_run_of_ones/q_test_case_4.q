result:solve[`boolean$()]; show result;
