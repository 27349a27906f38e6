solve:{[grid]
  w:count first grid; r:1,(w-1)#0; i:0;
  while[i<count grid;
    g:grid i; j:0;
    while[j<w; r[j]:$[1=g j; 0; j=0; r 0; r[j]+r j-1]; j+:1];
    i+:1];
  last r}
