solve:{[nums]
  if[0=count nums; :0];
  d:asc distinct nums;
  max 1,{$[y;x+1;1]}\[1;1=1_deltas d]}
