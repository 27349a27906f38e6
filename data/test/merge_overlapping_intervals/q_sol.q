solve:{[iv]
  iv:iv iasc first each iv;
  r:enlist first iv; i:1;
  while[i<count iv;
    c:iv i;
    $[c[0]<=last last r; r[-1+count r;1]:(last last r)|c 1; r,:enlist c];
    i+:1];
  r}
