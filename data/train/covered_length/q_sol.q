solve:{[iv]
  iv:iv iasc first each iv;
  total:0; cs:iv[0;0]; ce:iv[0;1]; i:1;
  while[i<count iv;
    s:iv[i;0]; e:iv[i;1];
    if[s>ce; total+:ce-cs; cs:s; ce:s];
    ce:ce|e;
    i+:1];
  total+ce-cs}
