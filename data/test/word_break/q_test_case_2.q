result:solve["applepenapple";("apple";"pen")]; show result;
