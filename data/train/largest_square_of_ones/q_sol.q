solve:{[grid]
  w:count first grid; above:w#0; best:0; i:0;
  while[i<count grid;
    cur:w#0; j:0;
    while[j<w;
      if[1=grid[i;j]; cur[j]:1+min (above j;$[j>0; cur j-1; 0];$[j>0; above j-1; 0])];
      j+:1];
    best:best|max cur; above:cur; i+:1];
  best*best}
