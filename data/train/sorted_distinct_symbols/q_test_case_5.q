result:solve[`goog`aapl`msft`aapl]; show result;
