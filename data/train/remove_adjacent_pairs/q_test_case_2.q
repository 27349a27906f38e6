result:solve["azxxzy"]; show result;
