solve:{[target;nums]
  best:0; lo:0; s:0; j:0;
  while[j<count nums;
    s+:nums j;
    while[s>=target; len:1+j-lo; best:$[best=0; len; best&len]; s-:nums lo; lo+:1];
    j+:1];
  best}
