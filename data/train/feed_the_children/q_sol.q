solve:{[greed;sizes]
  g:greed iasc greed; s:sizes iasc sizes; i:0; j:0;
  while[(i<count g) and j<count s; if[s[j]>=g[i]; i+:1]; j+:1];
  i}
