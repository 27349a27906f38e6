result:solve["anagram";"nagaram"]; show result;
