result:solve[`ibm`ibm]; show result;
