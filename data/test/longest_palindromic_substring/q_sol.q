solve:{[s]
  n:count s; best:0; start:0; c:0;
  while[c<2*n;
    l:c div 2; r:l+c mod 2;
    while[(l>=0) and (r<n) and s[l]=s[r]; l-:1; r+:1];
    len:(r-l)-1;
    if[len>best; best:len; start:l+1];
    c+:1];
  best#start _ s}
