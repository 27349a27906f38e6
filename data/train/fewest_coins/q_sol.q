solve:{[coins;amount]
  dp:(amount+1)#amount+1; dp[0]:0; a:1;
  while[a<=amount;
    c:coins where coins<=a;
    if[count c; dp[a]:1+min dp a-c];
    a+:1];
  $[dp[amount]>amount; -1; dp amount]}
