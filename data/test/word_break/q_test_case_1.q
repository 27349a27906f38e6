result:solve["leetcode";("leet";"code")]; show result;
