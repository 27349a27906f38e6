solve:{[s;k]
  best:0; lo:0; j:0;
  while[j<count s;
    w:lo _ (j+1)#s;
    if[((count w)-max count each group w)>k; lo+:1];
    best:best|(j+1)-lo;
    j+:1];
  best}
