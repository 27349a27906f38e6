solve:{[a;b]
  i:0; j:0; r:`long$();
  while[(i<count a) and j<count b;
    x:a i; y:b j;
    if[x=y; r,:x; i+:1; j+:1];
    if[x<y; i+:1];
    if[x>y; j+:1]];
  r}
