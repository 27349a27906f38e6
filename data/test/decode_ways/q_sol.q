solve:{[s]
  n:count s; dp:1,n#0; i:1;
  while[i<=n;
    if[s[i-1]<>"0"; dp[i]+:dp i-1];
    if[i>1; t:"J"$s (i-2)+til 2; if[(t>=10) and t<=26; dp[i]+:dp i-2]];
    i+:1];
  dp n}
