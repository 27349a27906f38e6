solve:{[s]
  r:""; i:0;
  while[i<count s; c:s i; $[(0<count r) and c=last r; r:-1_r; r,:c]; i+:1];
  r}
