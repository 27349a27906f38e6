solve:{[b;e;m]
  r:1; b:b mod m;
  while[e>0; if[1=e mod 2; r:(r*b) mod m]; b:(b*b) mod m; e:e div 2];
  r mod m}
