solve:{[a;b]
  m:count a; n:count b;
  above:til n+1; i:1;
  while[i<=m;
    cur:i,n#0; j:1;
    while[j<=n;
      cur[j]:$[a[i-1]=b[j-1]; above j-1; 1+min (above j;above j-1;cur j-1)];
      j+:1];
    above:cur; i+:1];
  above n}
