solve:{[nums]
  hi:first nums; lo:hi; best:hi; i:1;
  while[i<count nums;
    v:nums i; c:(v;hi*v;lo*v);
    hi:max c; lo:min c; best:best|hi;
    i+:1];
  best}
