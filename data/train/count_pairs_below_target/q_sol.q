solve:{[nums;target]
  s:nums iasc nums; i:0; j:(count s)-1; c:0;
  while[i<j;
    lt:(s[i]+s[j])<target;
    if[lt; c+:j-i; i+:1];
    if[not lt; j-:1]];
  c}
