solve:{[nums]
  t:sum nums;
  if[1=t mod 2; :0b];
  h:t div 2; can:1b,h#0b; i:0;
  while[i<count nums;
    v:nums i; a:h;
    while[a>=v; if[can a-v; can[a]:1b]; a-:1];
    i+:1];
  can h}
