solve:{[n]
  if[n<3; :0];
  p:n#1b; p[0 1]:00b; i:2;
  while[(i*i)<n; if[p i; p[i*i+til 1+((n-1) div i)-i]:0b]; i+:1];
  count where p}
