result:solve[("10";enlist "6";enlist "9";enlist "3";enlist "+";"-11";enlist "*";enlist "/";enlist "*";"17";enlist "+";enlist "5";enlist "+")]; show result;
