solve:{[s;t]
  f:{r:""; i:0; while[i<count x; $[x[i]="#"; r:-1_r; r,:x i]; i+:1]; r};
  (f s)~f t}
