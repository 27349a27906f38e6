solve:{[nums]
  n:count nums;
  if[n=0; :0];
  dp:n#1; i:1;
  while[i<n;
    p:where nums[til i]<nums i;
    if[count p; dp[i]:1+max dp p];
    i+:1];
  max dp}
