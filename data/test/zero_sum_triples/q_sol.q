solve:{[nums]
  s:nums iasc nums; n:count s; total:0; i:0;
  while[i<n-2;
    if[(i=0) or s[i]<>s[i-1];
      l:i+1; r:n-1;
      while[l<r;
        t:s[i]+s[l]+s[r];
        if[t=0; total+:1; l+:1; while[(l<r) and s[l]=s[l-1]; l+:1]];
        if[t<0; l+:1];
        if[t>0; r-:1]]];
    i+:1];
  total}
