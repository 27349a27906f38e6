solve:{[iv]
  s:iv iasc last each iv;
  kept:1; fin:s[0;1]; i:1;
  while[i<count s;
    if[s[i;0]>=fin; kept+:1; fin:s[i;1]];
    i+:1];
  (count s)-kept}
