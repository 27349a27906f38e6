solve:{[s;words]
  n:count s; ok:1b,n#0b; i:1;
  while[i<=n;
    ok[i]:any {[s;ok;i;w] k:count w; $[k>i; 0b; ok[i-k] and w~(i-k)_i#s]}[s;ok;i] each words;
    i+:1];
  ok n}
