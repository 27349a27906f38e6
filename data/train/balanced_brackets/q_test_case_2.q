result:solve["()[]{}"]; show result;
