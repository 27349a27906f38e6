result:solve[`z`y`y`z]; show result;
