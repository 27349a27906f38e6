result:solve[("banana";"kiwi";"fig";"apple")]; show result;
