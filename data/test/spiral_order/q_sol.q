solve:{[m]
  r:`long$();
  while[count m; r,:first m; m:$[1<count m; reverse flip 1_m; ()]];
  r}
