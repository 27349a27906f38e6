result:solve["aabb"]; show result;
