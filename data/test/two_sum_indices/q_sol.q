solve:{[nums;target]
  i:0;
  while[i<count nums;
    j:(i+1)+((i+1)_nums)?target-nums i;
    if[j<count nums; :i,j];
    i+:1];
  `long$()}
