solve:{[s]
  best:0; lo:0; j:0;
  while[j<count s;
    w:lo _ j#s;
    if[s[j] in w; lo+:1+w?s[j]];
    best:best|1+j-lo;
    j+:1];
  best}
