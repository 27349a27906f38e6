solve:{[s]
  st:enlist -1; best:0; i:0;
  while[i<count s;
    if[s[i]="("; st,:i];
    if[s[i]=")";
      st:-1_st;
      if[0=count st; st,:i];
      best:best|i-last st];
    i+:1];
  best}
