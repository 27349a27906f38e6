solve:{[s]
  c:count each group s;
  i:where 1=c s;
  $[count i; first i; -1]}
