solve:{[a;b]
  above:(1+count b)#0; i:0;
  while[i<count a;
    cur:(1+count b)#0; j:0;
    while[j<count b;
      cur[j+1]:$[a[i]=b[j]; 1+above j; (above j+1)|cur j];
      j+:1];
    above:cur; i+:1];
  last above}
