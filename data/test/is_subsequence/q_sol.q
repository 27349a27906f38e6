solve:{[s;t]
  i:0; j:0;
  while[(i<count s) and j<count t; if[s[i]=t[j]; i+:1]; j+:1];
  i=count s}
