solve:{[nums;target]
  i:0; j:(count nums)-1;
  while[i<j;
    s:nums[i]+nums[j];
    if[s=target; :1b];
    $[s<target; i+:1; j-:1]];
  0b}
