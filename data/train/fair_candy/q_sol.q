solve:{[ratings]
  n:count ratings; c:n#1; i:1;
  while[i<n; if[ratings[i]>ratings i-1; c[i]:1+c i-1]; i+:1];
  i:n-2;
  while[i>=0; if[ratings[i]>ratings i+1; c[i]:c[i]|1+c i+1]; i-:1];
  sum c}
