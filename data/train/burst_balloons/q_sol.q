solve:{[nums]
  v:1,nums,1; n:count v;
  dp:n#enlist n#0; len:2;
  while[len<n;
    l:0;
    while[(l+len)<n;
      r:l+len; best:0; k:l+1;
      while[k<r; best:best|dp[l;k]+dp[k;r]+v[l]*v[k]*v r; k+:1];
      dp[l;r]:best; l+:1];
    len+:1];
  dp[0;n-1]}
