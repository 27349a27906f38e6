solve:{[coins;amount]
  dp:1,amount#0; i:0;
  while[i<count coins;
    c:coins i; a:c;
    while[a<=amount; dp[a]+:dp a-c; a+:1];
    i+:1];
  dp amount}
