result:solve[(enlist "q";"";"kdb")]; show result;
