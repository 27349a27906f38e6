solve:{[s;p]
  m:count s; n:count p;
  dp:(m+1)#enlist (n+1)#0b;
  dp[0;0]:1b; j:2;
  while[j<=n; if[p[j-1]="*"; dp[0;j]:dp[0;j-2]]; j+:1];
  i:1;
  while[i<=m;
    j:1;
    while[j<=n;
      c:p j-1;
      if[c="*"; dp[i;j]:dp[i;j-2] or dp[i-1;j] and (p[j-2]=s[i-1]) or p[j-2]="."];
      if[c<>"*"; dp[i;j]:dp[i-1;j-1] and (c=s[i-1]) or c="."];
      j+:1];
    i+:1];
  dp[m;n]}
