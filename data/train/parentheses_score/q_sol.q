solve:{[s]
  st:enlist 0; i:0;
  while[i<count s;
    c:s i;
    if[c="("; st,:0];
    if[c=")"; v:last st; st:-1_st; st[-1+count st]+:1|2*v];
    i+:1];
  first st}
