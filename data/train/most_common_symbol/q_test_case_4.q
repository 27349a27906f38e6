result:solve[`ibm`msft`ibm`goog]; show result;
