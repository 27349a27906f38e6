solve:{[heights]
  n:count heights; best:0; i:0;
  while[i<n;
    m:heights i; j:i;
    while[j<n; m:m&heights j; best:best|m*1+j-i; j+:1];
    i+:1];
  best}
