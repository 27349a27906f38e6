solve:{[nums]
  g:{[a;b] while[b>0; t:b; b:a mod b; a:t]; a};
  {[g;x;y] (x div g[x;y])*y}[g]/[nums]}
