result:solve["leetcode"]; show result;
