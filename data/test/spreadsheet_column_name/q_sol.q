solve:{[n]
  r:"";
  while[n>0; n-:1; r:("ABCDEFGHIJKLMNOPQRSTUVWXYZ" n mod 26),r; n:n div 26];
  r}
